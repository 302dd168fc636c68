// The `changes` array of `diff --json`, written straight into a string: the same bytes nlohmann::json's
// dump(2, ' ', false, error_handler_t::replace) gives, without building a JSON value per change first.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "measure/comparison.h"
#include "text/document.h"

namespace sk::cli {

// Appends `s` as a JSON string literal, escaped as nlohmann::json escapes it without ensure_ascii
// (invalid UTF-8 becomes U+FFFD, as with error_handler_t::replace).
void append_json_string(std::string& out, std::string_view s);

// Appends `"changes": [...]` (the key, at an indent of 2, and the array), each change as an object with kind,
// word ranges and the texts of both spans.
void append_changes_json(std::string& out, const std::vector<measure::Change>& changes,
                         const text::Document& older, const text::Document& newer);

}  // namespace sk::cli
