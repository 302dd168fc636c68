// Loading a text file into a Document; see load_text.h.
#include "text/load_text.h"

#include "common/error.h"
#include "common/read_file.h"
#include "text/tokenizer.h"

namespace sk::text {

Document load_text_file(const std::string& path) {
  std::string bytes = read_file(path);
  try {
    return tokenize(std::move(bytes));
  } catch (const Error& e) {
    throw e.about(path == "-" ? "<stdin>" : path);
  }
}

}  // namespace sk::text
