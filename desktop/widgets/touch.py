"""Sizes for a finger or a trackpad in the hall: tick boxes hit the first time."""

TICK_PX = 28

TOUCH_TICKS = (
    f"QCheckBox {{ spacing: 10px; min-height: {TICK_PX + 8}px; }}"
    f"QCheckBox::indicator {{ width: {TICK_PX}px; height: {TICK_PX}px; }}"
)
