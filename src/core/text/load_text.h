// Reads a UTF-8 text file (or standard input for "-") and tokenises it; errors name the file.
#pragma once

#include <string>

#include "text/document.h"

namespace sk::text {

// Throws sk::Error with `path` as subject: unreadable, too large, or not valid UTF-8.
Document load_text_file(const std::string& path);

}  // namespace sk::text
