/** Volunteers for coordinators: search with facets and highlighted snippets, and the buddy profile (intake). */
package be.buddytrajectories.ui.volunteers;
