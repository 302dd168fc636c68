// Expected failures (sk::Error) for people who use the window in their language. Core's messages are
// precise English ("brief.docx: no text found: ..."); the window leads with a sentence chosen by the
// error's kind, in the interface language and naming what it is about, and keeps core's words as the
// detail. In English the precise message alone is shown. wxBase only (tested headless).
#pragma once

#include <wx/string.h>

#include "common/error.h"

namespace sk::gui {

// The sentence for the error's kind, translated, naming its subject ("brief.docx cannot be used as it is.").
wxString error_sentence(const Error& error);
// Whether the interface language has that sentence in its own words (false in English).
bool error_sentence_translated(const Error& error);
// Core's precise words: "subject: message".
wxString error_detail(const Error& error);

// The sentence followed by core's precise words on a new line — or, when the interface is in English, the
// precise words alone. For status lines and message labels.
wxString error_message(const Error& error);

}  // namespace sk::gui
