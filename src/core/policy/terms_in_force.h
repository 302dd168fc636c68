// Which version of the agreed terms applied on a given day.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace sk::policy {

// When a terms version starts to apply.
struct TermsStart {
  int version = 1;
  std::string effective_from;  // YYYY-MM-DD
};

// The index in `versions` of the terms in force on `date` (YYYY-MM-DD): the highest version whose
// effective_from is on or before `date`; when `date` is before all of them, the lowest version (the terms
// agreed when the project started). REQUIRES: `versions` is not empty.
std::size_t terms_in_force(const std::vector<TermsStart>& versions, const std::string& date);

}  // namespace sk::policy
