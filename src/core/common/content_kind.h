// What a revision holds, known to every layer: words to measure, or pixels to compare.
#pragma once

namespace sk {

enum class ContentKind { kText, kImage };

}  // namespace sk
