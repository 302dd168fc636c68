// dlopen of an import plugin from the build tree or the install prefix; see plugin_loader.h.
#include "import/plugin_loader.h"

#include <dlfcn.h>

#include <string>

#include "common/error.h"

namespace sk::import {

void* plugin_symbol(const char* build_path, const char* install_path, const char* symbol, const char* what) {
  std::string failure;
  for (const char* path : {build_path, install_path}) {
    // dlopen and dlsym are thread-safe, and opening a loaded library again only counts a reference.
    void* handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
      const char* message = dlerror();
      if (failure.empty() && message != nullptr) failure = message;
      continue;
    }
    if (void* address = dlsym(handle, symbol)) return address;
    if (failure.empty()) failure = std::string(path) + " has no " + symbol;
  }
  throw Error(ErrorKind::kUnsupported, "",
              std::string(what) + " support is missing from this installation (" + failure + ")");
}

}  // namespace sk::import
