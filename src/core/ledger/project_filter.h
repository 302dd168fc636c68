// The Projects screen's search: which project summaries match what the person typed.
#pragma once

#include <string_view>
#include <vector>

#include "ledger/project_store.h"

namespace sk::ledger {

// True when every whitespace-separated word of `query` occurs in the title or the client's name,
// ignoring case in any script (Unicode case folding: "ședință" matches "ȘEDINȚĂ"). An empty query matches
// all.
bool matches_search(const ProjectSummary& project, std::string_view query);

// The projects that match `query`, in their original order.
std::vector<ProjectSummary> filter_projects(const std::vector<ProjectSummary>& projects,
                                            std::string_view query);

}  // namespace sk::ledger
