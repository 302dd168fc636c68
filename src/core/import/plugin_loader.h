// Opening one of the import plugins (libscopekeeper_pdf.so, _zip.so, _html.so) on first use: their libraries
// (poppler, libzip with libcrypto, libxml2) are not linked into the programs, so that a start of the CLI does
// not pay for loading and binding them when it reads plain text.
#pragma once

namespace sk::import {

// The address of `symbol` in the plugin at `build_path` (this build tree) or else `install_path` (where
// `make install` put it). Throws sk::Error(kUnsupported, "", "<what> support is missing from this
// installation
// (<dlerror>)") when neither loads or exports it. Thread-safe; a loaded plugin stays loaded.
void* plugin_symbol(const char* build_path, const char* install_path, const char* symbol, const char* what);

}  // namespace sk::import
