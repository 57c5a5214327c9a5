#pragma once

// How a view shows where its facts come from.
enum class SourceStyle {
    // As citations in type: what an export shows unless asked for more.
    Text,
    // As links that open the document in the browser: the window.
    Links,
    // As citations with a QR code of the first source's address: kiosk
    // screens, which never open a browser, and exports made with --qr.
    QrCode
};
