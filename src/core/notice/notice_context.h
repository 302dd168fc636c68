// The mustache context of a notice: every field of NoticeFacts cleaned and formatted for its language.
// Field names are listed in docs/templates.md; optional fields are left out when empty, so a template can
// test them with {{#field}}…{{/field}}.
#pragma once

#include <kainjow/mustache.hpp>

#include "notice/notice_facts.h"

namespace sk::notice {

kainjow::mustache::data build_context(const NoticeFacts& facts);

}  // namespace sk::notice
