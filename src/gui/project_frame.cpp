#include "project_frame.h"
