/** The tutor's Chinese words: doctor. */
import type { DoctorWords } from '../en/doctor.ts';

export const doctor: DoctorWords = {
};
