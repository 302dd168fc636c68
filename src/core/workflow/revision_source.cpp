// Reading a revision file through src/core/import; see revision_source.h.
#include "workflow/revision_source.h"

#include <filesystem>

#include "common/error.h"
#include "common/read_file.h"
#include "import/import.h"
#include "text/tokenizer.h"

namespace sk::workflow {

std::string format_label(import::Format format, const std::optional<std::string>& encoding) {
  std::string label = import::to_string(format);
  if (encoding) label += " (" + *encoding + ")";
  return label;
}

RevisionSource read_revision_source(const std::string& path) {
  RevisionSource source;
  source.file_name = std::filesystem::path(path).filename().string();
  if (source.file_name.empty()) source.file_name = path;
  // Read once: the bytes kept as evidence are exactly the bytes measured.
  try {
    source.bytes = read_file(path);
  } catch (const Error& error) {
    throw error.about(path);
  }
  import::ImportedRevision imported = import::import_bytes(source.bytes, path);
  source.kind = imported.kind;
  source.document = std::move(imported.document);
  source.image = std::move(imported.image);
  source.format = format_label(imported.format, imported.encoding);
  return source;
}

RevisionSource revision_source_from_text(const std::string& file_name, std::string utf8) {
  RevisionSource source;
  source.file_name = file_name;
  try {
    source.document = text::tokenize(utf8);
  } catch (const Error& error) {
    throw error.about(file_name);
  }
  source.bytes = std::move(utf8);
  source.format = "text";
  return source;
}

}  // namespace sk::workflow
