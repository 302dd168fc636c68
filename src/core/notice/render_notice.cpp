// Rendering notice text with kainjow/mustache; see render_notice.h.
#include "notice/render_notice.h"

#include <kainjow/mustache.hpp>

#include <sstream>

#include "common/error.h"
#include "notice/notice_context.h"

namespace sk::notice {

namespace {

std::string trim(const std::string& text) {
  const char* spaces = " \t\r";
  size_t begin = text.find_first_not_of(spaces);
  if (begin == std::string::npos) return {};
  size_t end = text.find_last_not_of(spaces);
  return text.substr(begin, end - begin + 1);
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(trim(line));
  return lines;
}

}  // namespace

std::string template_file_name(NoticeKind kind) {
  return std::string(to_string(kind)) + ".mustache";
}

RenderedNotice split_rendered(const std::string& text) {
  RenderedNotice out;
  std::vector<std::string> lines = lines_of(text);
  size_t i = 0;
  while (i < lines.size() && lines[i].empty()) ++i;
  if (i < lines.size()) out.subject = lines[i++];

  NoticeBlock current;
  bool open = false;
  auto close = [&] {
    if (open) out.blocks.push_back(current);
    current = NoticeBlock{};
    open = false;
  };
  for (; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    if (line.empty()) {
      close();
    } else if (line.rfind("- ", 0) == 0) {
      close();
      current.type = NoticeBlock::Type::kItem;
      current.text = trim(line.substr(2));
      open = true;
    } else if (open) {
      current.text += "\n" + line;
    } else {
      current.type = NoticeBlock::Type::kParagraph;
      current.text = line;
      open = true;
    }
  }
  close();

  for (size_t b = 0; b < out.blocks.size(); ++b) {
    const NoticeBlock& block = out.blocks[b];
    if (b > 0) {
      // Consecutive list items stay together; anything else is separated by a blank line.
      bool both_items =
          block.type == NoticeBlock::Type::kItem && out.blocks[b - 1].type == NoticeBlock::Type::kItem;
      out.body += both_items ? "\n" : "\n\n";
    }
    if (block.type == NoticeBlock::Type::kItem) out.body += "- ";
    out.body += block.text;
  }
  if (!out.body.empty()) out.body += "\n";
  return out;
}

RenderedNotice render_template(const std::string& template_text, const NoticeFacts& facts,
                               const std::string& origin) {
  kainjow::mustache::mustache view(template_text);
  if (!view.is_valid()) throw Error(ErrorKind::kInvalidInput, origin, view.error_message());
  view.set_custom_escape([](const std::string& value) { return value; });  // plain text, not HTML
  const std::string text = view.render(build_context(facts));
  if (!view.is_valid()) throw Error(ErrorKind::kInvalidInput, origin, view.error_message());
  return split_rendered(text);
}

RenderedNotice render_notice(const NoticeFacts& facts, const TemplateStore& store) {
  const std::string name = template_file_name(facts.kind);
  const std::filesystem::path path = store.find(facts.language, name);
  return render_template(store.read(facts.language, name), facts, path.string());
}

}  // namespace sk::notice
