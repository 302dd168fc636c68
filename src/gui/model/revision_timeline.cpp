#include "model/revision_timeline.h"
