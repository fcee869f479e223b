/** Where the signed-in users' sessions are kept: in memory on one node, in the database across several. */
package vn.kehoach.shared.session;
