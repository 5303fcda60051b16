package vn.quangngai.dvk.search;

import java.util.Arrays;

/** Story numbers (positions in site order) collected in ascending order, each once. */
final class Postings {

    private int[] numbers = new int[4];
    private int size;

    void add(int number) {
        if (size > 0 && numbers[size - 1] >= number) {
            if (numbers[size - 1] == number) {
                return;
            }
            throw new IllegalArgumentException("story numbers must come in ascending order: " + number);
        }
        if (size == numbers.length) {
            numbers = Arrays.copyOf(numbers, size * 2);
        }
        numbers[size++] = number;
    }

    int[] toArray() {
        return Arrays.copyOf(numbers, size);
    }

    /**
     * Ascending numbers written as gaps, the first as is: 3, 4, 5, 12 → [3, 1, 1, 7]. A word in
     * most stories becomes a run of 1s, which costs two bytes a story raw and next to nothing gzipped.
     */
    static int[] gaps(int[] ascending) {
        int[] gaps = new int[ascending.length];
        for (int i = 0; i < ascending.length; i++) {
            gaps[i] = i == 0 ? ascending[0] : ascending[i] - ascending[i - 1];
        }
        return gaps;
    }
}
