// The readers behind import_file, one per format (one .cpp each). Each takes the whole file in memory and
// returns UTF-8 text (or an Image), throwing sk::Error with an empty subject; import.cpp adds the file name.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "import/image.h"
#include "text/tokenizer.h"

namespace sk::import {

struct DecodedText {
  SharedBytes utf8;
  std::optional<std::string> encoding;  // set when the bytes were not UTF-8
  // What decode_text learnt of `utf8` while checking it (kNo when it converted or stripped the bytes).
  text::Checked checked = text::Checked::kNo;
};

// plain_text_reader.cpp: UTF-8 (BOM optional), UTF-16 LE/BE with a BOM or recognised without one, or a legacy
// encoding found by ICU's charset detector. Refuses binary data. `declared` is a charset named by the file
// itself (an HTML <meta>), used when the bytes are not UTF-8 and ICU knows the name.
DecodedText decode_text(SharedBytes bytes, const std::optional<std::string>& declared = std::nullopt);

std::string read_docx(std::string_view bytes);  // docx_reader.cpp
std::string read_odt(std::string_view bytes);   // odt_reader.cpp
std::string read_html(std::string_view utf8);   // html_reader.cpp, after decode_text
std::string read_rtf(std::string_view bytes);   // rtf_reader.cpp
std::string read_pdf(std::string_view bytes);   // pdf_reader.cpp
Image read_png(std::string_view bytes);         // image_reader.cpp
Image read_jpeg(std::string_view bytes);        // image_reader.cpp

}  // namespace sk::import
