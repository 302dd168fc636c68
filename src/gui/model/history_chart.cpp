#include "model/history_chart.h"
