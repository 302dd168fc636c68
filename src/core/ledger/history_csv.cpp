#include "ledger/history_csv.h"
