#pragma once
// Appearance: the colours the user chose for the window, as Settings keeps it
// (Theme turns it into a palette).

namespace geobox {

enum class Appearance
{
    System, // the desktop's palette, light or dark, followed live
    Light,
    Dark
};

} // namespace geobox
