// The Notices tab's words; see notice_words.h.
#include "notice_words.h"

#include <wx/intl.h>

#include "form.h"
#include "wx_text.h"

namespace sk::gui {

using notice::NoticeKind;

wxString kind_name(NoticeKind kind) {
  switch (kind) {
    case NoticeKind::kHeadsUp:
      // TRANSLATORS: kind of notice: the client is close to the agreed limit
      return _("Heads-up");
    case NoticeKind::kOverScope:
      // TRANSLATORS: kind of notice: one round of edits changed more than the agreed share
      return _("Over scope");
    case NoticeKind::kRoundsExhausted:
      // TRANSLATORS: kind of notice: all included rounds of edits have been used
      return _("Rounds used up");
    case NoticeKind::kSummary:
      // TRANSLATORS: kind of notice: a summary of the rounds so far
      return _("Summary");
    case NoticeKind::kClarify:
      // TRANSLATORS: kind of notice: asking the client to clarify what they need
      return _("Request for clarification");
  }
  return wxString();
}

wxString kind_name(const std::string& code) {
  const auto kind = notice::parse_kind(code);
  return kind ? kind_name(*kind) : to_wx(code);
}

wxString language_name(const std::string& code) {
  for (const Language& language : languages()) {
    if (code == language.code) return to_wx(std::string(language.native_name));
  }
  return to_wx(code);
}

wxString category_name(const std::string& category) {
  // TRANSLATORS: categories of the tone check's remarks about a notice's wording
  if (category == "refusal") return _("blunt refusal");
  if (category == "blame") return _("blame");
  if (category == "label") return _("label for the client");
  if (category == "absolute") return _("never/always");
  if (category == "repeat") return _("\"as I already said\"");
  if (category == "apology") return _("too many apologies");
  if (category == "superiority") return _("talking down");
  if (category == "ultimatum") return _("threat or ultimatum");
  return to_wx(category);
}

wxString pdf_size(std::int64_t bytes) {
  // TRANSLATORS: size of a stored PDF in kilobytes
  return wxString::Format(_("%d KB"), static_cast<int>((bytes + 1023) / 1024));
}

wxString revision_label(const model::NoticePreselection& p) {
  const int number = p.revision.value_or(0);
  if (!p.round) {
    // TRANSLATORS: revision choice; %d is the revision's number
    return wxString::Format(_("Revision %d (not counted)"), number);
  }
  if (*p.round == 0) {
    // TRANSLATORS: revision choice; %d is the revision's number; the original delivery is round 0
    return wxString::Format(_("Revision %d (original delivery)"), number);
  }
  // TRANSLATORS: revision choice; the revision's number and its round of edits
  return wxString::Format(_("Revision %d (round %d)"), number, *p.round);
}

wxString policy_text(const model::NoticePreselection& p) {
  wxString text;
  if (p.project_closed) text = _("This project is closed.") + " ";
  const int number = p.revision.value_or(0);
  switch (p.verdict) {
    case model::PolicyVerdict::kCallsFor:
      if (p.round) {
        // TRANSLATORS: %s is a kind of notice, then the revision's number and its round
        text += wxString::Format(_("The policy calls for: %s (revision %d, round %d)."),
                                 kind_name(*p.policy_kind), number, *p.round);
      } else {
        text +=
            // TRANSLATORS: %s is a kind of notice, %d the revision's number
            wxString::Format(_("The policy calls for: %s (revision %d)."), kind_name(*p.policy_kind), number);
      }
      return text;
    case model::PolicyVerdict::kNoRevisions:
      return text + _("No revisions are logged yet, so no notice is called for. You can still ask the "
                      "client to clarify what they need.");
    case model::PolicyVerdict::kNotCounted:
      text += wxString::Format(_("No notice is called for: revision %d is not counted."), number);
      break;
    case model::PolicyVerdict::kOriginalDelivery:
      text += wxString::Format(_("No notice is called for: revision %d is the original delivery."), number);
      break;
    case model::PolicyVerdict::kWithinTerms:
      text +=
          // TRANSLATORS: the revision's number and its round of edits
          wxString::Format(_("No notice is called for: revision %d (round %d) is within the agreed terms."),
                           number, p.round.value_or(0));
      break;
  }
  return text + " " + _("You can still write one, for example a summary of the rounds so far.");
}

}  // namespace sk::gui
