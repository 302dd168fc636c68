// See shared_bytes.h.
#include "common/shared_bytes.h"

namespace sk {

SharedBytes::SharedBytes(std::string bytes) {
  auto owned = std::make_shared<const std::string>(std::move(bytes));
  view_ = *owned;
  owner_ = std::move(owned);
}

}  // namespace sk
