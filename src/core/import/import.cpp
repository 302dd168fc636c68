// Reading a revision: recognise the format by content, hand the bytes to its reader, tokenise the text or
// keep the image; see import.h.
#include "import/import.h"

#include "common/error.h"
#include "common/mapped_file.h"
#include "import/readers.h"
#include "import/sniff.h"
#include "import/zip_archive.h"
#include "text/tokenizer.h"

namespace sk::import {

namespace {

Error invalid(const std::string& message) {
  return Error(ErrorKind::kInvalidInput, "", message);
}

// .docx and .odt are both zip archives; their entries tell them apart.
Format zip_format(std::string_view bytes) {
  const ZipArchive zip(bytes);
  if (zip.has("word/document.xml")) return Format::kDocx;
  if (zip.has("content.xml") && zip.has("mimetype")) {
    const std::string mimetype = zip.read("mimetype", 256);
    if (mimetype.rfind("application/vnd.oasis.opendocument.text", 0) == 0) return Format::kOdt;
    throw Error(ErrorKind::kUnsupported, "",
                "an OpenDocument file that is not a text document (" + mimetype + ")");
  }
  throw Error(ErrorKind::kUnsupported, "",
              "a zip archive that is not a Word (.docx) or OpenDocument (.odt) file");
}

// `checked`: what the reader already knows of `utf8` (text::prepare then skips that check).
ImportedRevision text_revision(Segment segment, Format format, SharedBytes utf8,
                               std::optional<std::string> encoding = {},
                               text::Checked checked = text::Checked::kNo) {
  ImportedRevision r;
  r.format = format;
  r.encoding = std::move(encoding);
  r.kind = Kind::kText;
  r.document = segment == Segment::kNow ? text::tokenize(std::move(utf8), checked)
                                        : text::prepare(std::move(utf8), checked);
  return r;
}

ImportedRevision image_revision(Format format, Image image) {
  ImportedRevision r;
  r.format = format;
  r.kind = Kind::kImage;
  r.image = std::move(image);
  return r;
}

ImportedRevision import_any(SharedBytes bytes, const std::string& name, Segment segment) {
  if (bytes.empty()) throw invalid("the file is empty");
  if (std::optional<std::string> refused = unsupported_format(bytes)) {
    throw Error(ErrorKind::kUnsupported, "", *refused);
  }
  switch (sniff(bytes)) {
    case Sniffed::kZip: {
      const Format format = zip_format(bytes);
      return text_revision(segment, format, format == Format::kDocx ? read_docx(bytes) : read_odt(bytes));
    }
    case Sniffed::kPdf:
      return text_revision(segment, Format::kPdf, read_pdf(bytes));
    case Sniffed::kRtf:
      return text_revision(segment, Format::kRtf, read_rtf(bytes));
    case Sniffed::kPng:
      return image_revision(Format::kPng, read_png(bytes));
    case Sniffed::kJpeg:
      return image_revision(Format::kJpeg, read_jpeg(bytes));
    case Sniffed::kText:
      break;
  }
  const std::string extension = extension_of(name);
  std::optional<std::string> declared = declared_charset(bytes);
  DecodedText decoded = decode_text(std::move(bytes), declared);
  if (looks_like_html(decoded.utf8, extension)) {
    return text_revision(segment, Format::kHtml, read_html(decoded.utf8), std::move(decoded.encoding));
  }
  const Format format = extension == "md" || extension == "markdown" ? Format::kMarkdown : Format::kText;
  return text_revision(segment, format, std::move(decoded.utf8), std::move(decoded.encoding),
                       decoded.checked);
}

}  // namespace

const char* to_string(Format format) {
  switch (format) {
    case Format::kText:
      return "text";
    case Format::kMarkdown:
      return "markdown";
    case Format::kHtml:
      return "html";
    case Format::kRtf:
      return "rtf";
    case Format::kDocx:
      return "docx";
    case Format::kOdt:
      return "odt";
    case Format::kPdf:
      return "pdf";
    case Format::kPng:
      return "png";
    case Format::kJpeg:
      return "jpeg";
  }
  return "text";
}

ImportedRevision import_bytes(SharedBytes bytes, const std::string& name, Segment segment) {
  try {
    return import_any(std::move(bytes), name, segment);
  } catch (const Error& e) {
    throw e.about(name);
  }
}

ImportedRevision import_file(const std::string& path, Segment segment) {
  const std::string subject = path == "-" ? "<stdin>" : path;
  SharedBytes bytes;
  try {
    bytes = read_input(path);
  } catch (const Error& e) {
    throw e.about(subject);
  }
  return import_bytes(std::move(bytes), subject, segment);
}

}  // namespace sk::import
