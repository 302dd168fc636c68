// `scopekeeper-cli notice` through the real binary: auto picks the kind the policy calls for, the PDF gives
// back the client and the figures in each language (pdftotext), the notice is stored and shows in `history`,
// nothing is written when nothing is called for, and bad input leaves the database unchanged. Also
// `revision add` reading documents through src/core/import.
#include <sys/wait.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_sandbox.h"
#include "ledger_dump.h"

namespace fs = std::filesystem;

namespace {

using Run = sk::test::CliRun;
using Sandbox = sk::test::CliSandbox;
using sk::test::dump;
using sk::test::file_bytes;
using sk::test::slurp;

size_t lines(const std::string& s) {
  return sk::test::count_lines(s);
}

// The text of a PDF, by pdftotext (poppler).
std::string pdf_text(Sandbox& box, const std::string& pdf) {
  const std::string out = box.path("pdftotext.txt");
  const std::string cmd =
      std::string("'") + SK_PDFTOTEXT + "' -enc UTF-8 '" + pdf + "' '" + out + "' 2>/dev/null";
  REQUIRE(std::system(cmd.c_str()) == 0);
  return slurp(out);
}

// A share as the notice writes it: at most one decimal, "32.5%" (en, ko) or "32,5%" (ro).
std::string share_as_written(double share, const std::string& language) {
  const long tenths = std::lround(share * 1000);
  std::string text = std::to_string(tenths / 10);
  if (tenths % 10 != 0) {
    text += language == "ro" ? ',' : '.';
    text += std::to_string(tenths % 10);
  }
  return text + "%";
}

// `count` words "<prefix>0 <prefix>1 …", the ones with index < changed replaced by "<other><i>".
std::string words(int count, const std::string& prefix, int changed = 0, const std::string& other = "x") {
  std::string text;
  for (int i = 0; i < count; ++i) {
    text += (i < changed ? other : prefix) + std::to_string(i) + (i % 10 == 9 ? ".\n" : " ");
  }
  return text;
}

nlohmann::json history(Sandbox& box, const std::string& id) {
  const Run r = box.run("history " + id + " --json");
  REQUIRE(r.code == 0);
  return nlohmann::json::parse(r.out);
}

}  // namespace

TEST_CASE("notice cli: the demo project gets the notice the policy calls for, stored in the history") {
  Sandbox box;
  REQUIRE(box.run("demo").code == 0);
  const auto before = history(box, "1");
  const auto& latest = before["revisions"].back();
  REQUIRE(latest["notice"] == "rounds-exhausted");  // round 3 of 2 included

  const std::string pdf = box.path("notice.pdf");
  Run r = box.run("notice 1 -o '" + pdf + "'");
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("rounds-exhausted notice (en) answering revision 5"));
  CHECK_FALSE(fs::exists(pdf + ".part"));
  REQUIRE(fs::exists(pdf));
  CHECK(slurp(pdf).rfind("%PDF-", 0) == 0);
  const std::string text = pdf_text(box, pdf);
  CHECK_THAT(text, Catch::Contains("Northwind Books"));
  CHECK_THAT(text, Catch::Contains(share_as_written(latest["changed_share"].get<double>(), "en")));

  auto h = history(box, "1");
  REQUIRE(h["notices"].size() == 1);
  CHECK(h["notices"][0]["kind"] == "rounds-exhausted");
  CHECK(h["notices"][0]["language"] == "en");
  CHECK(h["notices"][0]["revision"] == 5);
  CHECK(h["notices"][0]["pdf_bytes"] == fs::file_size(pdf));
  CHECK_THAT(h["notices"][0]["text"].get<std::string>(), Catch::Contains("Northwind Books"));
  CHECK(h["events"].back()["kind"] == "notice.issued");
  r = box.run("history 1");
  CHECK_THAT(r.out, Catch::Contains("rounds-exhausted (en), answering revision 5"));

  // --kind summary, and --text-only: printed for review, nothing stored or logged.
  r = box.run("notice 1 --kind summary -o '" + box.path("summary.pdf") + "'");
  REQUIRE(r.code == 0);
  CHECK_THAT(pdf_text(box, box.path("summary.pdf")), Catch::Contains("Northwind Books"));
  const std::string stored = dump(box.db());
  r = box.run("notice 1 --kind summary --lang ro --text-only");
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("Spring catalogue copy (demo)"));
  CHECK(r.err.find("warning:") == std::string::npos);
  CHECK(r.err.find("stored") == std::string::npos);
  CHECK(dump(box.db()) == stored);
  h = history(box, "1");
  REQUIRE(h["notices"].size() == 2);
  CHECK(h["notices"][1]["kind"] == "summary");
  CHECK(h["events"].back()["kind"] == "notice.issued");

  // An explicit revision: the original delivery calls for nothing.
  r = box.run("notice 1 --revision 1 -o '" + box.path("none.pdf") + "'");
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("No notice is called for"));
  CHECK_FALSE(fs::exists(box.path("none.pdf")));
}

TEST_CASE("notice cli: an over-scope notice in English, Korean and Romanian") {
  struct Case {
    const char* lang;
    const char* client;
    const char* word;
  };
  const Case cases[] = {{"en", "Harbor & Finch Ltd", "word"},
                        {"ko", "한빛출판사 김지수", "낱말"},
                        {"ro", "Editura Ștefan Țuțea", "cuvânt"}};
  Sandbox box;
  int id = 0;
  for (const Case& c : cases) {
    CAPTURE(c.lang);
    const std::string project = std::to_string(++id);
    Run r = box.run(std::string("project add --title Brochure --client '") + c.client + "' --language " +
                    c.lang + " --rounds 2 --max-share 30 --extra-round-price 200");
    REQUIRE(r.code == 0);
    const std::string v1 = box.write(std::string(c.lang) + "/v1.txt", words(40, c.word));
    const std::string v2 = box.write(std::string(c.lang) + "/v2.txt", words(40, c.word, 13));
    REQUIRE(box.run("revision add " + project + " '" + v1 + "' --date 2024-05-01").code == 0);
    r = box.run("revision add " + project + " '" + v2 + "' --date 2024-05-02 --json");
    REQUIRE(r.code == 0);
    CHECK(nlohmann::json::parse(r.out)["status"] == "over-scope");  // 13 of 40 words: 32.5% > 30%

    const std::string pdf = box.path(std::string(c.lang) + "/notice.pdf");
    r = box.run("notice " + project + " -o '" + pdf + "'");  // the client's language by default
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains(std::string("over-scope notice (") + c.lang + ")"));
    CHECK(r.err.find("warning:") == std::string::npos);  // the shipped templates pass the tone check
    const std::string text = pdf_text(box, pdf);
    CHECK_THAT(text, Catch::Contains(c.client));
    CHECK_THAT(text, Catch::Contains(share_as_written(0.325, c.lang)));
    const auto h = history(box, project);
    REQUIRE(h["notices"].size() == 1);
    CHECK(h["notices"][0]["kind"] == "over-scope");
    CHECK(h["notices"][0]["language"] == c.lang);
    CHECK(h["notices"][0]["revision"] == 2);
  }
}

TEST_CASE("notice cli: the letterhead comes from the app's profile, overridden by --from-name") {
  Sandbox box;
  REQUIRE(box.run("demo").code == 0);
  box.write(
      "config/scopekeeper/scopekeeper.ini",
      "[Window]\nName=not me\n[Profile]\nName=Ana Popescu\nBusiness=Studio Nord\nEmail=ana@nord.example\n");
  Run r = box.run("notice 1 -o '" + box.path("a.pdf") + "'");
  REQUIRE(r.code == 0);
  std::string text = pdf_text(box, box.path("a.pdf"));
  CHECK_THAT(text, Catch::Contains("Ana Popescu"));
  CHECK_THAT(text, Catch::Contains("ana@nord.example"));
  CHECK(text.find("not me") == std::string::npos);

  r = box.run("notice 1 --from-name 'Ion Ionescu' --from-email ion@example.ro -o '" + box.path("b.pdf") +
              "'");
  REQUIRE(r.code == 0);
  text = pdf_text(box, box.path("b.pdf"));
  CHECK_THAT(text, Catch::Contains("Ion Ionescu"));
  CHECK_THAT(text, Catch::Contains("ion@example.ro"));
  CHECK(text.find("Ana Popescu") == std::string::npos);

  // No name: a notice is never written unsigned. Refused with how to set the name, nothing written or
  // stored; `profile set --name` fixes it and keeps the rest of the settings file.
  box.write("config/scopekeeper/scopekeeper.ini", "[Window]\nWidth=800\n\n[Profile]\nBusiness=Studio Nord\n");
  const std::string stored = dump(box.db());
  r = box.run("notice 1 -o '" + box.path("c.pdf") + "'");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::StartsWith("error: your name: is not set"));
  CHECK_THAT(r.err, Catch::Contains("scopekeeper-cli profile set --name"));
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  CHECK_FALSE(fs::exists(box.path("c.pdf")));
  CHECK(dump(box.db()) == stored);
  CHECK(box.run("notice 1 --text-only").code == 2);
  fs::remove(box.path("config/scopekeeper/scopekeeper.ini"));
  CHECK(box.run("notice 1 -o '" + box.path("c.pdf") + "'").code == 2);
  box.write("config/scopekeeper/scopekeeper.ini", "[Window]\nWidth=800\n\n[Profile]\nBusiness=Studio Nord\n");

  r = box.run("profile set --name '  Ioana Ștefănescu' --english en-US");
  REQUIRE(r.code == 0);
  const std::string ini = slurp(box.path("config/scopekeeper/scopekeeper.ini"));
  CHECK_THAT(ini, Catch::Contains("[Window]\nWidth=800\n"));
  CHECK_THAT(ini, Catch::Contains("Business=Studio Nord\n"));
  CHECK_THAT(ini, Catch::Contains("Name=Ioana Ștefănescu\n"));  // outer spaces trimmed
  CHECK_THAT(box.run("profile show").out, Catch::Contains("name:      Ioana Ștefănescu"));
  REQUIRE(box.run("notice 1 -o '" + box.path("c.pdf") + "'").code == 0);
  text = pdf_text(box, box.path("c.pdf"));
  CHECK_THAT(text, Catch::Contains("Ioana Ștefănescu"));
  CHECK_THAT(text, Catch::Contains("Studio Nord"));
  CHECK_THAT(text, Catch::Contains("April 2, 2024"));  // en-US dates
  CHECK(box.run("profile set --name ''").code == 2);
  CHECK(box.run("profile set --english fr-FR").code != 0);
}

TEST_CASE("notice cli: nothing called for, bad input and usage errors write nothing") {
  Sandbox box;
  REQUIRE(box.run("project add --title T --client C --rounds 2 --max-share 30").code == 0);
  REQUIRE(box.run("revision add 1 '" + box.write("v1.txt", words(40, "w")) + "'").code == 0);
  REQUIRE(box.run("revision add 1 '" + box.write("v2.txt", words(40, "w", 2)) + "'").code == 0);  // 5 %
  const std::string before = dump(box.db());
  const std::string bytes = file_bytes(box.db());

  Run r = box.run("notice 1 -o '" + box.path("out.pdf") + "'");
  CHECK(r.code == 0);
  CHECK(r.out == "No notice is called for: revision 2 (round 1) is within the agreed terms.\n");
  CHECK_FALSE(fs::exists(box.path("out.pdf")));
  CHECK_FALSE(fs::exists(box.path("out.pdf.part")));

  for (const std::string args :
       {"notice 7 -o x.pdf", "notice 1 --revision 9 -o x.pdf", "notice abc -o x.pdf"}) {
    CAPTURE(args);
    r = box.run(args);
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(lines(r.err) == 1);
    CHECK(r.err.rfind("error: ", 0) == 0);
  }
  CHECK(box.run("notice 7 -o x.pdf").err == "error: project 7: no such project\n");
  r = box.run("notice 1 --kind over-scope -o /nonexistent/dir/x.pdf");  // asked for, but cannot be written
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("error: /nonexistent/dir/x.pdf: "));
  for (const std::string args : {"notice 1", "notice 1 --kind rude -o x.pdf", "notice 1 --lang de -o x.pdf",
                                 "notice 1 --text-only -o x.pdf"}) {
    CAPTURE(args);
    CHECK(box.run(args).code == 1);
  }
  CHECK(dump(box.db()) == before);
  CHECK(file_bytes(box.db()) == bytes);
  CHECK_FALSE(fs::exists("x.pdf"));
}

TEST_CASE("notice cli: --eml writes an email draft with the PDF attached, both files or neither") {
  Sandbox box;
  REQUIRE(box.run("demo").code == 0);
  REQUIRE(box.run("project edit 1 --contact 'Zoë Brâncuși'").code == 0);
  box.write("taken.eml", "my own draft");
  const std::string before = dump(box.db());

  // A draft name that is taken, or the PDF's own: refused before anything is made.
  for (const std::string& eml : {box.path("taken.eml"), box.path("n.pdf")}) {
    const Run r =
        box.run("notice 1 --from-name 'Alex Morgan' -o '" + box.path("n.pdf") + "' --eml '" + eml + "'");
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::StartsWith("error: "));
    CHECK_FALSE(fs::exists(box.path("n.pdf")));
  }
  CHECK(slurp(box.path("taken.eml")) == "my own draft");
  CHECK(dump(box.db()) == before);
  CHECK(box.run("notice 1 --from-name A --eml x.eml --text-only").code != 0);  // --eml needs -o

  const Run r = box.run("notice 1 --from-name 'Alex Morgan' --from-email alex@example.com -o '" +
                        box.path("n.pdf") + "' --eml '" + box.path("n.eml") + "'");
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("an email draft with it attached to"));
  const std::string eml = slurp(box.path("n.eml"));
  CHECK_THAT(eml, Catch::Contains("X-Unsent: 1\r\n"));
  CHECK_THAT(eml, Catch::Contains("From: \"Alex Morgan\" <alex@example.com>\r\n"));
  // The contact's name is not ASCII: an encoded word, then the client's address.
  CHECK_THAT(eml, Catch::Contains("To: =?UTF-8?B?") && Catch::Contains("?= <editor@northwind.example>"));
  CHECK_THAT(eml, Catch::Contains("filename=\"n.pdf\""));
  // Python's email package, a separate reader, finds the same subject, letter and PDF.
  const std::string check = box.path("check.py");
  box.write(
      "check.py",
      "import email, sys, json\n"
      "from email import policy\n"
      "m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)\n"
      "a = list(m.iter_attachments())\n"
      "print(json.dumps({'to': str(m['To']), 'subject': str(m['Subject']),\n"
      "  'body': m.get_body(preferencelist=('plain',)).get_content(),\n"
      "  'file': a[0].get_filename(), 'same_pdf': a[0].get_content() == open(sys.argv[2], 'rb').read()}))\n");
  const std::string parsed_path = box.path("parsed.json");
  REQUIRE(std::system(("python3 '" + check + "' '" + box.path("n.eml") + "' '" + box.path("n.pdf") + "' > '" +
                       parsed_path + "'")
                          .c_str()) == 0);
  const nlohmann::json parsed = nlohmann::json::parse(slurp(parsed_path));
  CHECK(parsed["to"] == "Zoë Brâncuși <editor@northwind.example>");
  CHECK(parsed["file"] == "n.pdf");
  CHECK(parsed["same_pdf"] == true);
  const nlohmann::json h = history(box, "1");
  REQUIRE(h["notices"].size() == 1);
  // The letter as stored is the draft's subject and body, word for word.
  std::string body = parsed["body"];
  std::erase(body, '\r');
  CHECK(h["notices"][0]["text"] == parsed["subject"].get<std::string>() + "\n\n" + body);
  CHECK_THAT(body, Catch::StartsWith("Dear Zoë,"));
}

TEST_CASE("notice cli: -o never replaces the ledger, a folder, a device or a file without --force") {
  Sandbox box;
  REQUIRE(box.run("demo").code == 0);
  const std::string before = dump(box.db());
  const std::string ledger_bytes = file_bytes(box.db());
  fs::create_directory(box.path("letters"));
  box.write("kept.pdf", "my own file");
  box.write("kept.txt", "my own text");

  struct Refusal {
    std::string args, says;
  };
  const std::vector<Refusal> refusals = {
      {"notice 1 -o '" + box.db() + "'", "is the ledger"},
      {"notice 1 -o '" + box.db() + "' --force", "is the ledger"},
      {"notice 1 -o '" + box.db() + "-wal' --force", "is the ledger"},
      {"notice 1 -o '" + box.db() + "-shm' --force", "is the ledger"},
      {"notice 1 -o '" + box.path("letters") + "'", "is a folder"},
      {"notice 1 -o '" + box.path("letters") + "' --force", "is a folder"},
      {"notice 1 -o '" + box.path("kept.pdf") + "'", "already exists and was left as it is; pass --force"},
      {"notice 1 -o /dev/null", "is not a regular file"},
      {"revision original 1 1 -o '" + box.path("kept.txt") + "'", "already exists"},
      {"revision original 1 1 -o '" + box.db() + "' --force", "is the ledger"},
      {"revision original 1 1 -o '" + box.path("letters") + "' --force", "is a folder"},
  };
  for (const Refusal& refusal : refusals) {
    CAPTURE(refusal.args);
    const Run r = box.run(refusal.args);
    CHECK(r.code == 2);
    CHECK(lines(r.err) == 1);
    CHECK_THAT(r.err, Catch::StartsWith("error: ") && Catch::Contains(refusal.says));
    CHECK(r.out.empty());
  }
  // Exit 2 left the ledger and the disk as they were: no notice stored, no .part, nothing replaced.
  CHECK(dump(box.db()) == before);
  CHECK(file_bytes(box.db()) == ledger_bytes);
  CHECK(slurp(box.path("kept.pdf")) == "my own file");
  CHECK(slurp(box.path("kept.txt")) == "my own text");
  CHECK(fs::is_empty(box.path("letters")));
  CHECK_FALSE(fs::exists(box.path("letters.part")));
  CHECK_FALSE(fs::exists(box.path("kept.pdf.part")));

  // Asked for, a file is replaced; a device is written into (and stays a device).
  Run r = box.run("notice 1 -o '" + box.path("kept.pdf") + "' --force");
  REQUIRE(r.code == 0);
  CHECK(slurp(box.path("kept.pdf")).rfind("%PDF-", 0) == 0);
  r = box.run("revision original 1 1 -o '" + box.path("kept.txt") + "' --force");
  REQUIRE(r.code == 0);
  CHECK(slurp(box.path("kept.txt")) != "my own text");
  CHECK(box.run("notice 1 -o /dev/null --force").code == 0);
  CHECK(fs::is_character_file("/dev/null"));
  CHECK(history(box, "1")["notices"].size() == 2);
  CHECK(box.run("notice 1 --force").code == 1);  // --force needs -o
}

TEST_CASE("revision add: documents are read through import and their format is stored") {
  Sandbox box;
  REQUIRE(box.run("project add --title Brief --client C --rounds 2 --max-share 30").code == 0);
  // The brief's words as plain text: pdftotext of the PDF export of the same document.
  const std::string data = SK_TEST_DATA_DIR "/import/";
  const std::string txt = box.path("brief.txt");
  REQUIRE(std::system(("'" + std::string(SK_PDFTOTEXT) + "' -enc UTF-8 '" + data + "brief.pdf' '" + txt + "'")
                          .c_str()) == 0);
  std::string words_text = slurp(txt);
  // An edit: the first three lines dropped, so the .docx revision inserts them back.
  const std::string edited =
      box.write("brief-edited.txt", words_text.substr(words_text.find('\n', words_text.find('\n') + 1) + 1));
  REQUIRE(box.run("revision add 1 '" + edited + "' --date 2024-05-01").code == 0);
  Run r = box.run("revision add 1 '" + data + "brief.docx' --date 2024-05-02 --json");
  REQUIRE(r.code == 0);
  const auto logged = nlohmann::json::parse(r.out);

  // The share equals what `diff` measures for the same pair (both read through import).
  r = box.run("diff --json '" + edited + "' '" + data + "brief.docx'");
  REQUIRE(r.code == 0);
  const auto diff = nlohmann::json::parse(r.out);
  auto h = history(box, "1");
  const auto& second = h["revisions"][1];
  CHECK(second["format"] == "docx");
  CHECK(second["file"] == "brief.docx");
  CHECK(second["inserted"] == diff["inserted"]);
  CHECK(second["deleted"] == diff["deleted"]);
  CHECK(second["changed_share"].get<double>() == Approx(diff["changed_share"].get<double>()));
  CHECK(second["inserted"].get<int>() > 0);
  CHECK(second["deleted"] == 0);
  CHECK(logged["round"] == 1);

  // The .odt export of the same document changes no word of the .docx: refused as a round unless the
  // user says it counts.
  r = box.run("revision add 1 '" + data + "brief.odt' --date 2024-05-03");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::StartsWith("error: brief.odt: changes no word of revision 2 (the same ") &&
                        Catch::Contains("words, saved again); it was not logged") &&
                        Catch::EndsWith("pass --accept-unchanged to count it all the same, or "
                                        "--not-counted REASON to log it without a round\n"));
  REQUIRE(box.run("revision add 1 '" + data + "brief.odt' --date 2024-05-03 --accept-unchanged").code == 0);
  REQUIRE(box.run("revision add 1 '" + data +
                  "romanian-windows-1250.txt' --date 2024-05-04 --not-counted 'other file'")
              .code == 0);
  h = history(box, "1");
  CHECK(h["revisions"][2]["format"] == "odt");
  CHECK(h["revisions"][2]["changed_share"] == 0.0);
  CHECK(h["revisions"][3]["format"] == "text (windows-1250)");

  // An image is never measured against a text: refused with a clear line; nothing is written.
  const std::string before = dump(box.db());
  const std::string png =
      box.write("logo.png",
                std::string("\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x01"
                            "\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\x0d\x49\x44\x41"
                            "\x54\x78\xda\x63\x64\xf8\xcf\x50\x0f\x00\x03\x86\x01\x80\x5a\x34\x7d\x6b\x00\x00"
                            "\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82",
                            70));
  r = box.run("revision add 1 '" + png + "'");
  CHECK(r.code == 2);
  CHECK(
      r.err ==
      "error: logo.png: is an image and cannot be measured against revision 3 (brief.odt), which is a text; "
      "the revisions of one project must be all texts or all images\n");
  CHECK(lines(r.err) == 1);
  CHECK(dump(box.db()) == before);

  // In a project of images, history --json gives each image's size and pixel figures.
  REQUIRE(box.run("project add --title Logo --client C --rounds 2 --max-share 30").code == 0);
  REQUIRE(box.run("revision add 2 '" + png + "' --date 2024-05-01").code == 0);
  r = box.run("revision add 2 '" + png + "' --date 2024-05-02");  // the same file: no round
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("is the same file, byte for byte, as revision 1") &&
                        Catch::EndsWith("; --not-counted REASON logs it without a round\n"));
  REQUIRE(box.run("revision add 2 '" + png + "' --date 2024-05-02 --not-counted 'sent twice'").code == 0);
  h = history(box, "2");
  CHECK(h["revisions"][0]["kind"] == "image");
  CHECK(h["revisions"][0]["width"] == 1);
  CHECK(h["revisions"][0]["changed_pixels"].is_null());  // the original: nothing to compare with
  CHECK(h["revisions"][1]["changed_pixels"] == 0);
  CHECK(h["revisions"][1]["total_pixels"] == 1);
  CHECK(h["revisions"][1]["size_handling"] == "same");
  CHECK(h["revisions"][1]["changed_share"] == 0.0);
}

TEST_CASE("notice cli: a notice asked by name must be true, and a reply-by date must be a future day") {
  Sandbox box;
  REQUIRE(box.run("demo").code == 0);  // revision 4 is round 2 at 10% of 30%; revision 5 is round 3
  const std::string before = dump(box.db());
  Run r = box.run("notice 1 --revision 4 --kind over-scope -o '" + box.path("a.pdf") + "'");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("an over-scope notice would not be true"));
  r = box.run("notice 1 --revision 4 --kind rounds-exhausted --text-only");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("is round 2 of the 2 included"));
  for (const char* date : {"2020-01-01", "tomorrow", "2031-02-30"}) {
    CAPTURE(date);
    r = box.run(std::string("notice 1 --kind clarify --reply-by ") + date + " -o '" + box.path("b.pdf") +
                "'");
    CHECK(r.code == 2);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  }
  CHECK_FALSE(fs::exists(box.path("a.pdf")));
  CHECK_FALSE(fs::exists(box.path("b.pdf")));
  CHECK(dump(box.db()) == before);

  // A date to come is in the letter, in the language's own form.
  r = box.run("notice 1 --kind clarify --reply-by 2099-03-21 --text-only");
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("21 March 2099"));
  r = box.run("notice 1 --kind clarify --lang ro --reply-by 2099-03-21 --text-only");
  CHECK_THAT(r.out, Catch::Contains("21 martie 2099"));
  // The contact person is greeted as the language greets people.
  REQUIRE(box.run("project edit 1 --contact 'Sarah Thompson'").code == 0);
  CHECK_THAT(box.run("notice 1 --text-only").out, Catch::Contains("\nDear Sarah,\n"));
}
