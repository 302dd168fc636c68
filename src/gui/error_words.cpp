// Errors in the interface language (wxBase only); see error_words.h.
#include "error_words.h"

#include <wx/intl.h>
#include <wx/translation.h>

#include "wx_text.h"

namespace sk::gui {

namespace {

const char* msgid_for(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kInvalidInput:
      return wxTRANSLATE("%s cannot be used as it is.");
    case ErrorKind::kNotFound:
      return wxTRANSLATE("%s was not found.");
    case ErrorKind::kIo:
      return wxTRANSLATE("%s cannot be read or written.");
    case ErrorKind::kBusy:
      return wxTRANSLATE("Another program is using the database (%s). Please try again in a moment.");
    case ErrorKind::kCorrupt:
      return wxTRANSLATE("%s is damaged.");
    case ErrorKind::kUnsupported:
      return wxTRANSLATE("%s is not supported by this version of Scopekeeper.");
  }
  return wxTRANSLATE("%s cannot be used as it is.");
}

wxString subject_of(const Error& error) {
  // TRANSLATORS: the subject of an error message when none is named ("This cannot be used as it is.")
  return error.subject().empty() ? wxString(_("This")) : to_wx(error.subject());
}

}  // namespace

bool error_sentence_translated(const Error& error) {
  const char* msgid = msgid_for(error.kind());
  return wxGetTranslation(msgid) != wxString::FromUTF8(msgid);
}

wxString error_sentence(const Error& error) {
  return wxString::Format(wxGetTranslation(msgid_for(error.kind())), subject_of(error));
}

wxString error_detail(const Error& error) {
  return to_wx(describe(error));
}

wxString error_message(const Error& error) {
  if (!error_sentence_translated(error)) return error_detail(error);
  return error_sentence(error) + "\n" + error_detail(error);
}

}  // namespace sk::gui
