#pragma once

namespace gw {

/// Makes screen readers hear which controls are disabled ("dimmed"). Qt 6.4 tells the
/// accessibility bus that every Qt Quick control is enabled, also a button that does nothing
/// now (the month after the last one that may be chosen, "This week" in this week): a screen
/// reader user then presses it and nothing happens. Current Qt sources say so themselves: this
/// is built for Qt 6.4 only (platform/CMakeLists.txt) and does nothing with another. Call once,
/// before the first window is made.
void installAccessibleStates();

} // namespace gw
