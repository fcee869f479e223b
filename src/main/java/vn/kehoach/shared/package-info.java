/**
 * Cross-cutting pieces every module uses: the embedded database, web layout support (flash messages, errors, locale),
 * the signed-in user's context and Vietnamese text helpers. An open module: nothing business-specific lives here.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.kehoach.shared;

import org.springframework.modulith.ApplicationModule;
