// Dates in the window as the interface language writes them: "15/01/2030" (British English, the default),
// "1/15/2030" (American English), "2030. 1. 15." (Korean), "15.01.2030" (Romanian) — from ICU's own locale
// data, so it needs no system locale (a fresh Debian has only C.UTF-8). ISO dates (YYYY-MM-DD) inside.
#pragma once

#include <optional>
#include <string>

namespace sk::gui::model {

// The ICU locale for dates in the window: the interface language ("en", "ko", "ro") and, for English, the
// profile's choice ("en-GB" or "en-US"; empty: en-GB).
std::string date_locale(const std::string& interface_language, const std::string& english);

// `iso` (YYYY-MM-DD) written the locale's short way with a four-digit year; `iso` as it is when it is not a
// date.
std::string date_text(const std::string& iso, const std::string& locale);

// A date typed the locale's short way (or as YYYY-MM-DD) as YYYY-MM-DD; nullopt when it is not a real date
// ("31/02/2030", "tomorrow", empty).
std::optional<std::string> parse_date_text(const std::string& text, const std::string& locale);

}  // namespace sk::gui::model
