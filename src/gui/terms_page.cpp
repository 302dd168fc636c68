#include "terms_page.h"
