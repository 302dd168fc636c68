// SQLite's file locks held by the open file, not by the process. SQLite's unix VFS locks the ledger with
// POSIX advisory locks, which belong to the whole process: when *any* descriptor of the ledger file is
// closed anywhere in the process (a GTK file chooser reading the folder does), all of them are dropped
// silently. Another program then believes it is the last one using the ledger, checkpoints and deletes the
// write-ahead log, and what this process writes next goes into a deleted file and is lost (SQLite's "How To
// Corrupt An SQLite Database File", section 2.2). Linux's open-file-description locks (F_OFD_SETLK) belong
// to the descriptor SQLite opened and are released only when SQLite closes it; they conflict with other
// processes' POSIX locks exactly as POSIX locks do, so programs using either kind share the ledger safely.
#pragma once

namespace sk::ledger {

// Makes SQLite's unix VFS take open-file-description locks instead of POSIX process locks, for every
// SQLite connection the process opens afterwards. Idempotent and thread-safe; the first call must come
// before the process opens any SQLite file (Database::open and the backup functions call it first).
// Where the kernel does not know OFD locks (Linux before 3.15), SQLite's POSIX locks are used unchanged.
void use_descriptor_locks();

// True once use_descriptor_locks() has replaced SQLite's lock calls.
bool descriptor_locks_in_use();

}  // namespace sk::ledger
