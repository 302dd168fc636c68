// Whether a part of an OpenDocument file is encrypted. LibreOffice protects a file with a password by
// encrypting its parts itself (AES, a key derived from the password), declared per part in
// META-INF/manifest.xml: the zip entries are not zip-encrypted, so only the manifest tells.
#pragma once

#include <string>

namespace sk::import {

class ZipArchive;

enum class OdfEncryption {
  kNone,       // no manifest, or its entry for the part has no <manifest:encryption-data>
  kDeclared,   // the manifest's entry for the part holds <manifest:encryption-data>
  kMentioned,  // the manifest is not well-formed XML or has no entry for the part, but names encryption-data
};

// Never throws: a manifest that cannot be read is kNone (the part itself then says what is wrong).
OdfEncryption odf_encryption(const ZipArchive& zip, const std::string& part);

}  // namespace sk::import
