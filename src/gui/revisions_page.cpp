#include "revisions_page.h"
