#include "share_chart.h"
