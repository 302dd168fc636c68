// A project's record as CSV; see history_csv.h.
#include "ledger/history_csv.h"

#include <charconv>
#include <cstdio>
#include <vector>

#include "common/error.h"

namespace sk::ledger {

namespace {

// A number with `decimals` digits after the point, independent of the C locale ("0.1250").
std::string fixed(double value, int decimals) {
  char buffer[64];
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
  return std::string(buffer, result.ptr);
}

// As fixed(), without trailing zeros: "12.5", "30", "16.67".
std::string trimmed(double value, int decimals) {
  std::string text = fixed(value, decimals);
  if (text.find('.') == std::string::npos) return text;
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

template <typename Number>
std::string optional_number(const std::optional<Number>& value) {
  return value ? std::to_string(*value) : std::string();
}

// Collects one row's fields and ends it with CRLF.
class Row {
 public:
  explicit Row(std::string& out) : out_(out) {}
  ~Row() { out_ += "\r\n"; }
  Row(const Row&) = delete;
  Row& operator=(const Row&) = delete;

  // A field Scopekeeper made (number, date, hash, fixed word): never needs the formula guard.
  Row& raw(std::string_view value) {
    separate();
    out_ += value;
    return *this;
  }
  Row& number(std::int64_t value) { return raw(std::to_string(value)); }
  // A field that may hold anyone's text.
  Row& text(std::string_view value) {
    separate();
    out_ += csv_text_field(value);
    return *this;
  }

 private:
  void separate() {
    if (!first_) out_ += ',';
    first_ = false;
  }
  std::string& out_;
  bool first_ = true;
};

void header(std::string& out, const std::vector<std::string_view>& names) {
  Row row(out);
  for (std::string_view name : names) row.raw(name);
}

void revisions(const ProjectHistory& h, std::string& out) {
  // The first fourteen columns are those `history --csv` always printed; the rest were appended.
  header(out, {"number",         "round",           "date",
               "file",           "counted",         "changed_share",
               "kept",           "deleted",         "inserted",
               "status",         "notice",          "not_counted_reason",
               "terms_version",  "sha256",          "changed_percent",
               "limit_percent",  "included_rounds", "words",
               "old_words",      "new_words",       "moved_words",
               "against",        "format",          "size_bytes",
               "note",           "logged_at",       "kind",
               "changed_pixels", "total_pixels",    "regions",
               "rules",          "withdrawn_on",    "withdrawn_reason"});
  for (const JudgedRevision& j : h.revisions) {
    const RevisionRecord& r = j.revision;
    const std::optional<Measurement>& m = r.measured;
    const Terms* terms = &j.terms.terms;
    const bool image = r.kind == ContentKind::kImage;  // measured by pixels; the word columns stay 0
    Row row(out);
    row.number(r.number)
        .raw(optional_number(j.round))
        .raw(r.received_on)
        .text(r.file_name)
        .raw(r.counted ? "yes" : "no")
        .raw(m ? fixed(m->changed_share, 4) : "")
        .raw(m ? std::to_string(m->kept) : "")
        .raw(m ? std::to_string(m->deleted) : "")
        .raw(m ? std::to_string(m->inserted) : "")
        .raw(policy::to_string(j.status))
        .raw(j.notice_kind ? policy::to_string(*j.notice_kind) : "")
        .text(r.not_counted_reason)
        .number(r.terms_version)
        .raw(r.sha256)
        .raw(m ? trimmed(m->changed_share * 100, 2) : "")
        .raw(terms ? trimmed(terms->max_share_percent, 2) : "")
        .raw(terms ? std::to_string(terms->included_rounds) : "")
        .number(r.words)
        .raw(m ? std::to_string(m->old_words) : "")
        .raw(m ? std::to_string(m->new_words) : "")
        .raw(m ? std::to_string(m->moved_words) : "")
        .raw(m ? std::to_string(m->against) : "")
        .text(r.format)
        .number(r.size_bytes)
        .text(r.note)
        .raw(r.created_at)
        .raw(image ? "image" : "text")
        .raw(image && m ? std::to_string(m->changed_pixels) : "")
        .raw(image && m ? std::to_string(m->total_pixels) : "")
        .raw(image && m ? std::to_string(m->regions) : "")
        .raw(r.rules)
        .raw(r.withdrawn_on)
        .text(r.withdrawn_reason);
  }
}

void events(const ProjectHistory& h, std::string& out) {
  header(out, {"at", "kind", "detail"});
  for (const Event& e : h.events) Row(out).raw(e.at).text(e.kind).text(e.detail);
}

void notices(const ProjectHistory& h, std::string& out) {
  header(out, {"id", "date", "kind", "language", "revision", "pdf_bytes", "text"});
  for (const NoticeRecord& n : h.notices) {
    Row(out)
        .number(n.id)
        .raw(n.created_at)
        .text(n.kind_name)
        .text(n.language)
        .raw(optional_number(n.revision_number))
        .number(n.pdf_bytes)
        .text(n.text);
  }
}

}  // namespace

std::string csv_text_field(std::string_view value) {
  std::string cell;
  cell.reserve(value.size() + 3);
  if (!value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos) {
    cell += '\'';
  }
  cell += value;
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char c : cell) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + '"';
}

std::string history_csv(const ProjectHistory& history, CsvTable table) {
  std::string out;
  switch (table) {
    case CsvTable::kRevisions:
      revisions(history, out);
      break;
    case CsvTable::kEvents:
      events(history, out);
      break;
    case CsvTable::kNotices:
      notices(history, out);
      break;
  }
  return out;
}

}  // namespace sk::ledger
