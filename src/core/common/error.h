// The one error type for expected failures (bad file, unknown id, busy database). Core code throws it;
// only the front ends turn it into words for a person ("error: <subject>: <message>").
#pragma once

#include <stdexcept>
#include <string>

namespace sk {

enum class ErrorKind {
  kInvalidInput,  // the input is not what it claims to be (invalid UTF-8, hostile file, bad value)
  kNotFound,      // an id, a file or a record that does not exist
  kIo,            // the operating system refused (permissions, disk full)
  kBusy,          // another process holds the database; trying again later may work
  kCorrupt,       // stored data fails its own checks
  kUnsupported,   // a format or a version this build cannot handle
};

class Error : public std::runtime_error {
 public:
  // `subject` names what the error is about (a file path, "project 12"); it may be empty.
  Error(ErrorKind kind, std::string subject, std::string message);

  ErrorKind kind() const { return kind_; }
  const std::string& subject() const { return subject_; }
  const std::string& message() const { return message_; }

  // A copy of this error about another subject, e.g. the file an anonymous text came from.
  Error about(std::string subject) const { return Error(kind_, std::move(subject), message_); }

 private:
  ErrorKind kind_;
  std::string subject_;
  std::string message_;
};

// "subject: message", or "message" when there is no subject. Front ends prefix "error: ".
std::string describe(const Error& error);

}  // namespace sk
