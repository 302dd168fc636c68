#include "model/notice_draft.h"
