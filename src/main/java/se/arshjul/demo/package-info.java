/**
 * Demo data that spans capabilities, loaded only in the demo profile
 * ({@code arshjul.demo.enabled}): the goal cascades of Hägersten-Liljeholmen, read from a
 * seed plan with the importer. No other package depends on this one.
 */
package se.arshjul.demo;
