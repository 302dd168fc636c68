// Rendering a notice's text from its template: subject line, body, and the body split into blocks for layout.
#pragma once

#include <string>
#include <vector>

#include "notice/notice_facts.h"
#include "notice/template_store.h"

namespace sk::notice {

// A piece of the body: a paragraph (single line breaks inside are kept as line breaks) or a list item
// (a template line starting with "- ").
struct NoticeBlock {
  enum class Type { kParagraph, kItem };
  Type type = Type::kParagraph;
  std::string text;
};

struct RenderedNotice {
  std::string subject;  // the first line of the rendered template
  std::string body;     // the rest: blocks separated by one blank line, no trailing spaces
  std::vector<NoticeBlock> blocks;
};

// Renders templates/<facts.language>/<kind>.mustache from `store`. Values are inserted as they are (no HTML
// escaping) and never parsed as template text, so a client called "{{x}}" stays "{{x}}".
// Throws Error(kNotFound) when no folder has the template and Error(kInvalidInput, path) when it does not
// parse.
RenderedNotice render_notice(const NoticeFacts& facts, const TemplateStore& store);

// The same from template text (e.g. a template being edited); `origin` names it in errors.
RenderedNotice render_template(const std::string& template_text, const NoticeFacts& facts,
                               const std::string& origin = "template");

// The file name of a kind's template: "<kind>.mustache".
std::string template_file_name(NoticeKind kind);

// Splits rendered text into subject, body and blocks (exposed for tests and for the freelancer's own edits).
RenderedNotice split_rendered(const std::string& text);

}  // namespace sk::notice
