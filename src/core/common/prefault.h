// Asking the kernel to map a large buffer's pages in one call before it is first written.
#pragma once

#include <cstddef>
#include <vector>

namespace sk {

// Maps the whole pages inside p[0, bytes) (MADV_POPULATE_WRITE, Linux 5.14+), so that writing them later
// takes no page fault: on the reference machine (a VM) a fault costs ~4 µs, a fifth to a third of it the trap
// itself, and a long text touches tens of megabytes. Only for memory that will be written in full anyway.
// Does nothing for buffers under 1 MiB or where the kernel does not support it; never fails.
void prefault(void* p, size_t bytes);

// prefault for the next `count` elements of v's spare capacity; nothing when they do not fit in it.
template <typename T>
void prefault_spare(std::vector<T>& v, size_t count) {
  if (v.size() + count <= v.capacity()) prefault(v.data() + v.size(), count * sizeof(T));
}

}  // namespace sk
