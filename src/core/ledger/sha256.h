// SHA-256 of a revision's original bytes (FIPS 180-4, computed by GNU Nettle), so the stored file can be
// shown to be unaltered.
#pragma once

#include <string>
#include <string_view>

namespace sk::ledger {

// The digest of `bytes` as 64 lower-case hexadecimal digits.
std::string sha256_hex(std::string_view bytes);

}  // namespace sk::ledger
