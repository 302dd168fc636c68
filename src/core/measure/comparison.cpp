// Names of change kinds; see comparison.h.
#include "measure/comparison.h"

namespace sk::measure {

const char* to_string(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::kDelete:
      return "delete";
    case ChangeKind::kInsert:
      return "insert";
    case ChangeKind::kReplace:
      return "replace";
    case ChangeKind::kMove:
      return "move";
  }
  return "replace";
}

}  // namespace sk::measure
