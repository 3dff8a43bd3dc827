package se.arshjul.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh plan year per test, so that tests sharing one database never create the same
 * document twice.
 */
public final class TestYears {

	/**
	 * From 2028, the first plan year whose every due date is still ahead (a VP of 2027
	 * was due in November 2026); the domain allows years up to 2100, so a full run of the
	 * tests has about 70 of these: a test class with many tests should rather give each
	 * test a unit of its own (see ConcurrentChangeRetriesTest).
	 */
	private static final AtomicInteger next = new AtomicInteger(2028);

	private static final AtomicInteger past = new AtomicInteger(2001);

	private TestYears() {
	}

	public static int next() {
		return next.getAndIncrement();
	}

	/** A fresh plan year long past: every due date of its cycle has gone by. */
	public static int past() {
		return past.getAndIncrement();
	}

}
