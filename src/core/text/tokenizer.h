// Splits UTF-8 text into words with ICU word boundaries (UAX #29) after NFC normalisation.
#pragma once

#include "common/shared_bytes.h"

#include "text/document.h"
#include "text/utf8.h"

namespace sk::text {

// What the caller already knows of the bytes it hands to tokenize or prepare: nothing, or that they are
// well-formed UTF-8 and whether they are ASCII (an importer that validated them; see Utf8Check). Spares a
// second pass over the text.
enum class Checked { kNo, kValid, kAscii };

// A word is a segment whose ICU rule status is number, letter, kana or ideographic.
// Throws sk::Error(kInvalidInput, "", "invalid UTF-8 at byte N") for malformed input; a byte-order mark
// at the start is skipped. Texts over 4 GiB are refused (kInvalidInput).
// Thread-safe: each call uses its own ICU objects.
Document tokenize(SharedBytes utf8, Checked checked = Checked::kNo);

// The first half of tokenize: the same checks and errors, the NFC text and `ascii`, but no words yet. The
// measuring engine segments prepared pairs itself, reusing the lines they share (measure/shared_lines.h).
Document prepare(SharedBytes utf8, Checked checked = Checked::kNo);

}  // namespace sk::text
