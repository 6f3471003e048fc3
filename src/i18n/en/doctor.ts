/** The tutor's English words: doctor. */
export const doctor = {
};

export type DoctorWords = typeof doctor;
