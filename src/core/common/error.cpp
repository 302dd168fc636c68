// The one error type for expected failures; see error.h.
#include "common/error.h"

namespace sk {

namespace {
std::string join(const std::string& subject, const std::string& message) {
  return subject.empty() ? message : subject + ": " + message;
}
}  // namespace

Error::Error(ErrorKind kind, std::string subject, std::string message)
    : std::runtime_error(join(subject, message)),
      kind_(kind),
      subject_(std::move(subject)),
      message_(std::move(message)) {}

std::string describe(const Error& error) {
  return join(error.subject(), error.message());
}

}  // namespace sk
