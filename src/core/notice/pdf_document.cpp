// libharu document wrapper; see pdf_document.h.
#include "notice/pdf_document.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include <cstdio>
#include <vector>

#include "common/error.h"

namespace sk::notice {

namespace {

std::string describe_status(HPDF_STATUS error, HPDF_STATUS detail) {
  char code[48];
  std::snprintf(code, sizeof code, "libharu error 0x%04X (detail %u)", static_cast<unsigned>(error),
                static_cast<unsigned>(detail));
  switch (error) {
    case HPDF_FAILD_TO_ALLOC_MEM:
      return std::string("out of memory (") + code + ")";
    case HPDF_FILE_IO_ERROR:
    case HPDF_FILE_OPEN_ERROR:
      return std::string("cannot read or write a file (") + code + ")";
    case HPDF_TTF_INVALID_CMAP:
    case HPDF_TTF_INVALID_FOMAT:
    case HPDF_TTF_MISSING_TABLE:
    case HPDF_INVALID_TTC_FILE:
    case HPDF_INVALID_TTC_INDEX:
      return std::string("the font file cannot be embedded (") + code + ")";
    case HPDF_TTF_CANNOT_EMBEDDING_FONT:
      return std::string("the font's licence does not allow embedding (") + code + ")";
    default:
      return code;
  }
}

// A ToUnicode CMap saying "character code = Unicode code point" for the two-byte codes of libharu's UTF-8
// encoder: 256 bfrange lines (a range may not cross a first-byte boundary), at most 100 per block.
std::string identity_to_unicode_cmap() {
  std::string cmap =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  char line[40];
  for (int block = 0; block < 256; block += 100) {
    const int count = block + 100 <= 256 ? 100 : 256 - block;
    cmap += std::to_string(count) + " beginbfrange\n";
    for (int high = block; high < block + count; ++high) {
      std::snprintf(line, sizeof line, "<%02X00> <%02XFF> <%02X00>\n", high, high, high);
      cmap += line;
    }
    cmap += "endbfrange\n";
  }
  cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return cmap;
}

}  // namespace

PdfDocument::PdfDocument() {
  doc_ = HPDF_New(&PdfDocument::on_error, this);
  if (doc_ == nullptr) throw Error(ErrorKind::kUnsupported, "libharu", "cannot create a PDF document");
  HPDF_SetCompressionMode(doc_, HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(doc_);
  HPDF_SetCurrentEncoder(doc_, "UTF-8");
  check("setting up the PDF");
}

PdfDocument::~PdfDocument() {
  if (doc_ != nullptr) HPDF_Free(doc_);
}

void PdfDocument::on_error(HPDF_STATUS error, HPDF_STATUS detail, void* self) {
  auto* document = static_cast<PdfDocument*>(self);
  if (document->error_ == HPDF_OK) {  // keep the first error: later ones are usually its consequences
    document->error_ = error;
    document->detail_ = detail;
  }
}

void PdfDocument::check(const char* what) {
  if (error_ == HPDF_OK) return;
  const std::string message = std::string(what) + ": " + describe_status(error_, detail_);
  error_ = HPDF_OK;
  HPDF_ResetError(doc_);
  throw Error(ErrorKind::kUnsupported, "libharu", message);
}

HPDF_Font PdfDocument::load_font(const std::string& path) {
  const char* name = HPDF_LoadTTFontFromFile(doc_, path.c_str(), HPDF_TRUE);
  check(("embedding the font " + path).c_str());
  HPDF_Font font = HPDF_GetFont(doc_, name, "UTF-8");
  check(("using the font " + path).c_str());
  if (font == nullptr) throw Error(ErrorKind::kUnsupported, "libharu", "cannot use the font " + path);

  // libharu's own ToUnicode stream is created with the font; its contents are replaced in place.
  auto to_unicode = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT));
  if (to_unicode != nullptr && to_unicode->stream != nullptr) {
    HPDF_MemStream_FreeData(to_unicode->stream);
    HPDF_Stream_WriteStr(to_unicode->stream, identity_to_unicode_cmap().c_str());
  }
  check("writing the font's ToUnicode map");
  return font;
}

HPDF_Page PdfDocument::add_page(PaperSize paper) {
  HPDF_Page page = HPDF_AddPage(doc_);
  HPDF_Page_SetSize(page, paper == PaperSize::kLetter ? HPDF_PAGE_SIZE_LETTER : HPDF_PAGE_SIZE_A4,
                    HPDF_PAGE_PORTRAIT);
  check("adding a page");
  return page;
}

void PdfDocument::set_info(const std::string& title, const std::string& author, const std::string& subject,
                           const std::string& iso_date) {
  HPDF_SetInfoAttr(doc_, HPDF_INFO_TITLE, title.c_str());
  HPDF_SetInfoAttr(doc_, HPDF_INFO_AUTHOR, author.c_str());
  HPDF_SetInfoAttr(doc_, HPDF_INFO_SUBJECT, subject.c_str());
  HPDF_SetInfoAttr(doc_, HPDF_INFO_CREATOR, "Scopekeeper");
  int year = 0, month = 0, day = 0;
  if (std::sscanf(iso_date.c_str(), "%4d-%2d-%2d", &year, &month, &day) == 3 && month >= 1 && month <= 12 &&
      day >= 1 && day <= 31) {
    HPDF_Date date{};
    date.year = year;
    date.month = month;
    date.day = day;
    date.hour = 12;
    date.ind = 'Z';
    HPDF_SetInfoDateAttr(doc_, HPDF_INFO_CREATION_DATE, date);
  }
  check("setting the document information");
}

std::string PdfDocument::save_to_string() {
  HPDF_SaveToStream(doc_);
  check("writing the PDF");
  HPDF_ResetStream(doc_);
  std::string out;
  std::vector<HPDF_BYTE> buffer(64 * 1024);
  for (;;) {
    HPDF_UINT32 size = static_cast<HPDF_UINT32>(buffer.size());
    HPDF_STATUS status = HPDF_ReadFromStream(doc_, buffer.data(), &size);
    out.append(reinterpret_cast<const char*>(buffer.data()), size);
    if (status == HPDF_STREAM_EOF || size == 0) break;
  }
  error_ = HPDF_OK;  // reaching the end of the stream is reported as an error by libharu
  HPDF_ResetError(doc_);
  return out;
}

}  // namespace sk::notice
