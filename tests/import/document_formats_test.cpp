// Word, OpenDocument, HTML, RTF and PDF text: what is read, what is left out, and that the same text in two
// formats measures as unchanged.
#include <algorithm>
#include <catch2/catch.hpp>

#include "common/error.h"
#include "fixtures.h"
#include "import/import.h"
#include "measure/compare.h"
#include "test_util.h"

using namespace sk::import;
using namespace sk::import::testing;
using Words = std::vector<std::string>;

TEST_CASE("import: the same text made by LibreOffice as .docx, .odt, .rtf and .pdf measures as unchanged") {
  const ImportedRevision docx_file = import_file(data_path("brief.docx"));
  CHECK(docx_file.format == Format::kDocx);
  CHECK(words(docx_file).size() == 63);
  CHECK(words(docx_file).front() == "Spring");
  CHECK(words(docx_file).back() == "week");
  for (const char* name : {"brief.odt", "brief.rtf", "brief.pdf"}) {
    INFO(name);
    const ImportedRevision other = import_file(data_path(name));
    CHECK(words(other) == words(docx_file));
    const sk::measure::Comparison c = sk::measure::compare(docx_file.document, other.document);
    CHECK(c.changed_share == 0);
  }
  CHECK(import_file(data_path("brief.pdf")).format == Format::kPdf);
  CHECK(import_file(data_path("brief.odt")).format == Format::kOdt);
  CHECK(import_file(data_path("brief.rtf")).format == Format::kRtf);
}

TEST_CASE("import: formats are recognised by content, whatever the extension") {
  const TempDir dir;
  const std::string misnamed = dir.write("brief.txt", read_data("brief.docx"));
  CHECK(import_file(misnamed).format == Format::kDocx);
  CHECK(import_bytes(read_data("brief.pdf"), "scan.jpg").format == Format::kPdf);
}

TEST_CASE("import: .docx body, tables, tracked changes, footnotes, no field codes") {
  const std::string body =
      "<w:p><w:r><w:t>Our</w:t></w:r><w:r><w:t xml:space=\"preserve\"> spring </w:t></w:r>"
      "<w:del w:id=\"1\" w:author=\"C\"><w:r><w:delText>linen</w:delText></w:r></w:del>"
      "<w:ins w:id=\"2\" w:author=\"C\"><w:r><w:t>cotton</w:t></w:r></w:ins><w:r><w:t "
      "xml:space=\"preserve\"> shirts</w:t></w:r>"
      "<w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"
      "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE \\* "
      "MERGEFORMAT</w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>seven</w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:tab/><w:t>days</w:t></w:r></w:p>"
      "<w:moveFrom><w:r><w:t>gone</w:t></w:r></w:moveFrom>"
      "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>two</w:t></w:r></"
      "w:p></w:tc></w:tr></w:tbl>"
      "<w:sectPr/>";
  const std::string notes =
      "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
      "<w:footnote w:id=\"1\"><w:p><w:r><w:t>A note.</w:t></w:r></w:p></w:footnote>";
  const ImportedRevision r = import_bytes(docx(body, notes), "x.docx");
  CHECK(r.format == Format::kDocx);
  CHECK(words(r) == Words{"Our", "spring", "cotton", "shirts", "seven", "days", "cell", "two", "A", "note"});
}

TEST_CASE("import: .odt paragraphs, spaces, tables, notes at the end, tracked deletions left out") {
  const std::string text =
      "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion><text:p>removed</text:p>"
      "</text:deletion></text:changed-region></text:tracked-changes>"
      "<text:h>Brief</text:h><text:p>one<text:s/>two<text:tab/>three<text:line-break/>four"
      "<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>noted</text:p>"
      "</text:note-body></text:note> five</text:p>"
      "<table:table><table:table-row><table:table-cell><text:p>a1</text:p></table:table-cell>"
      "<table:table-cell><text:p>b1</text:p></table:table-cell></table:table-row></table:table>";
  const ImportedRevision r = import_bytes(odt(text), "x.odt");
  CHECK(r.format == Format::kOdt);
  CHECK(words(r) == Words{"Brief", "one", "two", "three", "four", "five", "a1", "b1", "noted"});
}

TEST_CASE("import: HTML visible text only, entities decoded, declared legacy charset used") {
  const std::string html =
      "<!DOCTYPE html><html><head><title>Page title</title><style>p { color: red }</style>"
      "<script>var hidden = 'script words';</script></head><body>"
      "<h1 class=\"attr words\">Caf&eacute; &amp; bar</h1><p>Second<br>line <img alt=\"alt words\" "
      "src=\"x.png\">"
      "</p><div hidden>not shown</div><noscript>enable "
      "js</noscript><table><tr><td>x</td><td>y</td></tr></table>"
      "<!-- a comment --></body></html>";
  const ImportedRevision r = import_bytes(html, "page.html");
  CHECK(r.format == Format::kHtml);
  CHECK(words(r) == Words{"Café", "bar", "Second", "line", "x", "y"});

  const std::string legacy =
      "<html><head><meta charset=\"windows-1250\"></head><body><p>\xAA\x63oal\xE3 "
      "\xEEn \xFE\x61r\xE3</p></body></html>";
  const ImportedRevision l = import_bytes(legacy, "old.htm");
  CHECK(l.format == Format::kHtml);
  REQUIRE(l.encoding.has_value());
  CHECK(words(l) == Words{"Şcoală", "în", "ţară"});
  // Markdown with inline HTML is not an HTML page.
  CHECK(import_bytes("Some <b>bold</b> words", "n.md").format == Format::kMarkdown);
}

TEST_CASE("import: HTML text hidden by CSS is not read, and the visible text around it is") {
  const std::string html =
      "<html><head><style>/* .shown { display: none } */ .gone{color:red; display : none !important}"
      " #draft, .ghost { Visibility: Hidden } .shown { display: block } .xx { xdisplay: none }"
      " @media print { .screen-only { display: none } }</style></head><body>"
      "<p>Kept one</p><p style=\"display:none\">inline hidden</p><p style=\"color: blue\">kept two</p>"
      "<span style='mso-hide:all'>word hidden</span><div class=\"note gone\">class hidden</div>"
      "<div id=\"draft\">id hidden</div><div class=\"ghost\"><b>nested hidden</b></div>"
      "<div class=\"shown\">kept three</div><div class=\"xx\">kept four</div>"
      "<div class=\"screen-only\">kept five</div><div class=\"gone-not\">kept six</div></body></html>";
  const ImportedRevision r = import_bytes(html, "page.html");
  CHECK(words(r) ==
        Words{"Kept", "one", "kept", "two", "kept", "three", "kept", "four", "kept", "five", "kept", "six"});
}

TEST_CASE("import: RTF control words, \\uN with its fallback, code page bytes, skipped destinations") {
  const std::string rtf =
      "{\\rtf1\\ansi\\ansicpg1250\\deff0{\\fonttbl{\\f0\\froman Times;}}{\\colortbl;\\red0\\green0\\blue0;}"
      "{\\stylesheet{\\s0 Normal;}}{\\info{\\author Someone}{\\title Secret title}}"
      "{\\*\\generator Writer;}\\pard\\plain \\f0 V\\'e3 mul\\u539\\'feumim\\par "
      "{\\uc2 two\\u8212\\'97\\'97 skip}\\par \\'aa\\'e3 and {\\*\\bkmkstart x}bookmarked "
      "{\\field{\\*\\fldinst HYPERLINK \"http://x\"}{\\fldrslt link text}}\\line end\\par}";
  const ImportedRevision r = import_bytes(rtf, "letter.rtf");
  CHECK(r.format == Format::kRtf);
  CHECK(words(r) == Words{"Vă", "mulțumim", "two", "skip", "Şă", "and", "bookmarked", "link", "text", "end"});
}

TEST_CASE("import: PDF text layer, a PDF without one is an error, not an empty text") {
  const ImportedRevision r = import_bytes(minimal_pdf("Confidential draft for the client"), "a.pdf");
  CHECK(r.format == Format::kPdf);
  CHECK(words(r) == Words{"Confidential", "draft", "for", "the", "client"});
  CHECK_THROWS_WITH(import_bytes(minimal_pdf(""), "scan.pdf"),
                    "scan.pdf: the PDF has no text layer (a scanned image?); there is no text to measure");
}

TEST_CASE("import: HTML with a script, comment, meta, style or text before <html> is read like a browser") {
  // A message saved from a web mail client: its script and style come before the <html> it wraps.
  const std::string mail =
      "<script type=\"text/javascript\">\n"
      "//<![CDATA[\n"
      "  var rcmail = { env: { task: \"mail\", action: \"print\", uid: 4512 } };\n"
      "  if (window.print) { window.onload = function () { window.print(); }; }\n"
      "  document.write(\"<p class='notice'>Loading message</p><div>script markup</div>\");\n"
      "//]]>\n"
      "</script>\n"
      "<style type=\"text/css\">\n"
      "  body { font-family: Arial, sans-serif } .moz-cite-prefix { color: grey }\n"
      "</style>\n"
      "<html>\n"
      "<head>\n"
      "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
      "<title>Re: Spring catalogue, second revision</title>\n"
      "</head>\n"
      "<body>\n"
      "<p>Thank you for the new draft.</p>\n"
      "<p>Please change the cover photo and shorten the intro.</p>\n"
      "<div class=\"moz-cite-prefix\">On 12 March, Ana Popescu wrote:</div>\n"
      "<blockquote type=\"cite\"><p>Here is the revised catalogue.</p></blockquote>\n"
      "</body>\n"
      "</html>\n";
  const Words mail_words = {"Thank",  "you", "for",   "the",     "new",      "draft",   "Please",
                            "change", "the", "cover", "photo",   "and",      "shorten", "the",
                            "intro",  "On",  "12",    "March",   "Ana",      "Popescu", "wrote",
                            "Here",   "is",  "the",   "revised", "catalogue"};
  const std::string body =
      "<html><head><title>Title</title></head><body><p>Hello visible body</p></body></html>";
  const Words body_words = {"Hello", "visible", "body"};
  struct Case {
    const char* what;
    std::string name, html;
    Words expected;
  };
  const Case cases[] = {
      {"a mail client's script and style", "message.html", mail, mail_words},
      {"the same page without an extension", "message", mail, mail_words},
      {"a script", "page.htm", "<script>var words = 'script words';</script>\n" + body, body_words},
      {"a style", "page.htm", "<style>p { color: red }</style>\n" + body, body_words},
      {"a long script", "page", "<script>" + std::string(5000, ' ') + "var a = 1;</script>\n" + body,
       body_words},
      {"a comment", "page", "<!-- saved from url=(0036)https://cms.example.com/news/spring -->\n" + body,
       body_words},
      {"a meta", "page", "<meta charset=\"utf-8\">\n" + body, body_words},
      {"a BOM and white space", "page", "\xEF\xBB\xBF \r\n\t\n<!DOCTYPE html>\n" + body, body_words},
      {"stray text", "page.html", "Forwarded message\n" + body,
       Words{"Forwarded", "message", "Hello", "visible", "body"}},
      {"stray text, no extension", "page", "Forwarded message\n<!DOCTYPE html>\n" + body,
       Words{"Forwarded", "message", "Hello", "visible", "body"}},
      {"a div", "page", "<div>Note</div>\n" + body, Words{"Note", "Hello", "visible", "body"}},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    const ImportedRevision r = import_bytes(c.html, c.name);
    CHECK(r.format == Format::kHtml);
    CHECK(words(r) == c.expected);
  }
  // Script and style text never counts, wherever it stands.
  const Words read = words(import_bytes(mail, "message.html"));
  for (const char* never : {"rcmail", "print", "Loading", "markup", "Arial", "grey", "Title", "Spring"}) {
    INFO(never);
    CHECK(std::find(read.begin(), read.end(), never) == read.end());
  }
}

TEST_CASE("import: text that only mentions <html> is not an HTML page") {
  const ImportedRevision r = import_bytes("Please wrap the page in an <html> element.\n", "notes.txt");
  CHECK(r.format == Format::kText);
  CHECK(words(r).size() == 8);
}
