/**
 * The coordinator's volunteer search: free text over names, about texts, professions and interests (with the
 * interest vocabulary's synonyms), facets with drill-sideways counts so a selected value does not hide its
 * alternatives, highlighted snippets and paging.
 */
package be.buddytrajectories.search.browse;
